namespace Marsad.Quotes.Vocabulary;

/// <summary>
/// Verbal nouns of saying (يستدرك بالقول، ويصفونها بقولهم): they introduce the speaker's words, marked or not. The
/// speaker is the one already speaking.
/// </summary>
internal static class SpeechNouns
{
    public static IReadOnlyList<string> All { get; } = ["بالقول", "بقوله", "بقولها", "بقولهم", "القائل", "قوله", "قولها"];

    /// <summary>
    /// Beliefs a speaker voices (أعرب عن اعتقاده بأن، عن قناعته بأن): with a pronoun, the أن after them reports what the
    /// speaker holds, even after a verb of words only. Not أمله في أن، a hope, which the gold leaves unquoted.
    /// </summary>
    public static IReadOnlyList<string> Beliefs { get; } = ["اعتقاد", "قناعة", "ثقة", "يقين", "إيمان"];
}
