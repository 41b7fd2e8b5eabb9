namespace Marsad.Articles;

/// <summary>
/// An article as it arrived, before anything was made of it. Every field but <see cref="Id"/> and
/// <see cref="Origin"/> is exactly what the caller gave (JSONL.md's input fields); nothing is parsed yet.
/// </summary>
/// <param name="Origin">Where it came from, for messages: a file, a file and line, a zip entry.</param>
public sealed record RawArticle(
    string Id,
    string Origin,
    string? Text = null,
    string? Html = null,
    string? Title = null,
    string? Url = null,
    string? Outlet = null,
    string? Published = null,
    string? Fetched = null,
    string? Author = null);
