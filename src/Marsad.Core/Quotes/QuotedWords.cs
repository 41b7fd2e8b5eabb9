namespace Marsad.Quotes;

/// <summary>A quotation's words as hosts show them: the speaker's own words inside «», reported speech as written.</summary>
public static class QuotedWords
{
    public static string Shown(string text, bool direct) => direct ? $"«{text}»" : text;
}
