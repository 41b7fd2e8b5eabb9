namespace Marsad.Quotes.Vocabulary;

/// <summary>
/// Verbal nouns of saying (يستدرك بالقول، ويصفونها بقولهم): they introduce the speaker's words, marked or not. The
/// speaker is the one already speaking.
/// </summary>
internal static class SpeechNouns
{
    public static IReadOnlyList<string> All { get; } = ["بالقول", "بقوله", "بقولها", "بقولهم", "القائل", "قوله", "قولها"];
}
