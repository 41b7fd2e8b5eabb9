namespace Marsad.Extraction.Text;

/// <summary>A piece of the page that did not make it into the body, and why: for explaining and testing.</summary>
public sealed record RemovedText(string Text, LineRole Role);
