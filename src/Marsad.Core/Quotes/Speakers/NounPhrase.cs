namespace Marsad.Quotes.Speakers;

/// <summary>The words of a cue's subject (<c>[First, Last]</c>, word indices), as written around the cue.</summary>
internal readonly record struct NounPhrase(int First, int Last)
{
    public int Count => Last - First + 1;
}
