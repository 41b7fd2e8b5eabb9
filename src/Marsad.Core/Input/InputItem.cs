using Marsad.Articles;

namespace Marsad.Input;

/// <summary>What reading the input yields, item by item: an article, or a problem with a piece of input.</summary>
public abstract record InputItem;

/// <summary>An article read from the input.</summary>
public sealed record ArticleInput(RawArticle Article) : InputItem;

/// <summary>
/// A piece of input that could not be read: a file, a line, a zip entry. <paramref name="Origin"/> names it
/// (with the line number where there is one); the message says what is wrong in words a user can act on.
/// </summary>
public sealed record InputProblem(string Origin, string Message) : InputItem
{
    public override string ToString() => $"{Origin}: {Message}";
}
