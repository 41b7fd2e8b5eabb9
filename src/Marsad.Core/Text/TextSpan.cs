namespace Marsad.Text;

/// <summary>A span of the display text: <c>[Start, End)</c> in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
