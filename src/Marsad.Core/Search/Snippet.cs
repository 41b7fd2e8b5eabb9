using Marsad.Text;

namespace Marsad.Search;

/// <summary>
/// A piece of display text with the words that matched a search: <see cref="Highlights"/> are offsets into
/// <see cref="Text"/>, in order and apart. Hosts turn them into markup themselves, encoding every piece.
/// </summary>
/// <param name="CutBefore">The text goes on before the piece (show an ellipsis).</param>
/// <param name="CutAfter">The text goes on after the piece.</param>
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Highlights, bool CutBefore, bool CutAfter);
