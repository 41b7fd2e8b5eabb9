namespace Marsad.Evaluation.Quotes;

/// <summary>The quotation gold set: articles and their quotations, as read from <c>eval/gold/quotes*.tsv</c>.</summary>
public sealed record QuoteGoldSet(IReadOnlyList<GoldArticle> Articles, IReadOnlyList<GoldQuotation> Quotations)
{
    /// <summary>The parts in the order they are reported; development and seeds are what the rules were written against.</summary>
    public static IReadOnlyList<string> Parts { get; } = ["seed", "development", "held-out-72"];

    /// <summary>Parts never looked at while writing the rules: only scored, and left out when working on the rules.</summary>
    public static bool IsHeldOut(string part) => part.StartsWith("held-out", StringComparison.Ordinal);
}
