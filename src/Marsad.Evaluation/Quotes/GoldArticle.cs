namespace Marsad.Evaluation.Quotes;

/// <summary>An article of the quotation gold set: its display text, and the part it belongs to (seed, development, held-out).</summary>
public sealed record GoldArticle(string Id, string Part, string Outlet, string Text);
