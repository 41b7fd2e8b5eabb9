using System.Security.Cryptography;
using System.Text;
using Marsad.Analysis;
using Marsad.Articles;
using Marsad.Dates;
using Marsad.Duplicates;
using Marsad.Entities;
using Marsad.Extraction;
using Marsad.Search;
using Marsad.Text;

namespace Marsad.Pipeline;

/// <summary>
/// The per-article stages that need nothing but the article itself (extract, then analyze: named entities, term
/// vector, MinHash signature, hashes, dates), so they can run on every core at once. Thread-safe.
/// </summary>
public sealed class ArticleAnalyzer(
    MatchKeyAnalyzer words, TermVectorBuilder vectors, MinHasher minHasher, DateRecognizer dates, EntityFinder entities)
{
    /// <summary>
    /// Bumped whenever extraction or analysis changes what they make of the same input, so that re-ingesting
    /// old input redoes it instead of skipping it as unchanged.
    /// </summary>
    public const string Version = "2";

    public static ArticleAnalyzer Default { get; } =
        new(MatchKeyAnalyzer.Default, TermVectorBuilder.Default, MinHasher.Default, DateRecognizer.Default, EntityFinder.Default);

    public AnalyzedArticle? Analyze(RawArticle raw, out string? problem)
    {
        var article = ArticleExtractor.Extract(raw, out problem);
        if (article is null)
        {
            return null;
        }
        // The text is tokenized and folded once; the vector, the signature and the text key all read those words.
        var textWords = words.Analyze(article.Text);
        var titleWords = words.Analyze(article.Title);
        var found = entities.Find(article.Text);
        var vector = vectors.Build(titleWords, textWords, found);
        var signature = minHasher.Compute(textWords);
        var textKey = TextKey(textWords);
        var analyzed = new AnalyzedArticle(article, vector, signature, textKey, InputHash(raw), raw.Origin, dates.Analyze(article.Text))
        {
            Search = SearchDocument.From(titleWords, textWords),
            Entities = found,
        };
        // Dated only by its fetch: the text's own references (اليوم الاثنين) may say the day it was written.
        return article.PublishedFrom == PublishedFrom.Fetched ? analyzed.Estimated(article.Published!.Value.Day, keepContextDay: true) : analyzed;
    }

    /// <summary>A hash of the folded words in order: equal for texts that differ only in spelling variants and punctuation.</summary>
    private static ulong TextKey(List<MatchToken> textWords)
    {
        var key = 0UL;
        foreach (var word in textWords)
        {
            key = StableHash.Combine(key, word.FoldedHash);
        }
        return key;
    }

    /// <summary>A digest of everything the caller gave: when it is unchanged, re-ingesting has nothing to do.</summary>
    private static string InputHash(RawArticle raw)
    {
        var builder = new StringBuilder(Version).Append('\u001F');
        foreach (var field in new[] { raw.Text, raw.Html, raw.Title, raw.Url, raw.Outlet, raw.Published, raw.Fetched, raw.Author })
        {
            builder.Append(field?.Length ?? -1).Append(':').Append(field).Append('\u001F');
        }
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())))[..22];
    }
}
