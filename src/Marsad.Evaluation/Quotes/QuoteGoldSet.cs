namespace Marsad.Evaluation.Quotes;

/// <summary>The quotation gold set: articles and their quotations, as read from <c>eval/gold/quotes*.tsv</c>.</summary>
public sealed record QuoteGoldSet(IReadOnlyList<GoldArticle> Articles, IReadOnlyList<GoldQuotation> Quotations)
{
    /// <summary>The parts in the order they are reported; development and seeds are what the rules were written against.</summary>
    public static IReadOnlyList<string> Parts { get; } = ["seed", "development", "held-out"];
}
