namespace Marsad.Quotes.Vocabulary;

/// <summary>
/// «It came in ...»: جاء فيها: «...» (in the comments he wrote), وجاء في البيان أن. The second word decides where the
/// speaker is: فيه/فيها point back at the last speaker, في names the document.
/// </summary>
internal static class DocumentCues
{
    public static IReadOnlyList<string> Verbs { get; } = ["جاء", "ورد"];

    public static IReadOnlyList<string> PointingBack { get; } = ["فيه", "فيها"];

    public static IReadOnlyList<string> Naming { get; } = ["في"];
}
