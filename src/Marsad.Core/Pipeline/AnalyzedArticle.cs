using Marsad.Analysis;
using Marsad.Articles;
using Marsad.Dates;
using Marsad.Duplicates;
using Marsad.Entities;
using Marsad.Search;

namespace Marsad.Pipeline;

/// <summary>
/// An extracted article with what the stream stages need to place it: its term vector (what it is about),
/// its MinHash signature (is it a copy?), a hash of its folded text (an exact copy?), a hash of its input
/// (has it changed since it was last ingested?), the date expressions of its text, and its named entities.
/// </summary>
public sealed record AnalyzedArticle(
    ExtractedArticle Article,
    TermVector Vector,
    MinHashSignature Signature,
    ulong TextKey,
    string InputHash,
    string Origin,
    DateParse Dates)
{
    /// <summary>The named entities of the display text, in text order, with their keys.</summary>
    public IReadOnlyList<ArticleEntity> Entities { get; init; } = [];

    /// <summary>What the search index holds for this article (null when made elsewhere: the store then builds it).</summary>
    public SearchDocument? Search { get; init; }

    /// <summary>The date expressions of the text, resolved against the publication date.</summary>
    public IReadOnlyList<DateMention> DateMentions => Dates.Resolve(Article.Published);

    /// <summary>
    /// This article dated from its own references (أمس السبت, 26 يوليو الجاري) when they point to a day other than
    /// <paramref name="context"/>'s (the fetch day, or the latest day of its batch), marked as estimated.
    /// </summary>
    public AnalyzedArticle Estimated(DateOnly context, bool keepContextDay)
    {
        if (PublicationDateEstimator.Estimate(Dates, context) is not { } estimate || (keepContextDay && estimate.Day == context))
        {
            return this;
        }
        return this with { Article = Article with { Published = estimate, PublishedFrom = PublishedFrom.Estimated } };
    }
}
