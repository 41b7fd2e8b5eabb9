namespace Marsad.Quotes.Vocabulary;

/// <summary>Passive verbs of saying (إذ قيل لها): words with no speaker.</summary>
internal static class PassiveCues
{
    public static IReadOnlyList<string> All { get; } = ["قيل"];
}
