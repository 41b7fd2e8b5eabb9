using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Marsad.Analysis;
using Marsad.Articles;
using Marsad.Dates;
using Marsad.Duplicates;
using Marsad.Entities;
using Marsad.Extraction;
using Marsad.Quotes;
using Marsad.Search;
using Marsad.Text;

namespace Marsad.Pipeline;

/// <summary>
/// The per-article stages that need nothing but the article itself (extract, then analyze: named entities,
/// quotations, term vector, MinHash signature, hashes, dates), so they can run on every core at once. Thread-safe.
/// </summary>
public sealed class ArticleAnalyzer(
    MatchKeyAnalyzer words,
    TermVectorBuilder vectors,
    MinHasher minHasher,
    DateRecognizer dates,
    EntityFinder? entities,
    QuotationExtractor? quotes)
{
    /// <summary>
    /// The build of the code and embedded models that extract and analyze (this library's module identity, which a
    /// deterministic build derives from its content): when it changes, re-ingesting old input redoes it instead of
    /// skipping it as unchanged. A number bumped by hand was forgotten for many changes to the quotation rules, which
    /// left stale quotations in databases fed the same input again.
    /// </summary>
    public static string Version { get; } = typeof(ArticleAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    // Made on first use: an ingest without enrichment never loads the entity model (seconds of CPU and hundreds of MB).
    private static readonly Lazy<ArticleAnalyzer> DefaultAnalyzer = new(() =>
        new(MatchKeyAnalyzer.Default, TermVectorBuilder.Default, MinHasher.Default, DateRecognizer.Default, EntityFinder.Default,
            new QuotationExtractor(EntitySpeakerKeys.Default)));

    private static readonly Lazy<ArticleAnalyzer> PlainAnalyzer = new(() =>
        new(MatchKeyAnalyzer.Default, TermVectorBuilder.Default, MinHasher.Default, DateRecognizer.Default, null, null));

    public static ArticleAnalyzer Default => DefaultAnalyzer.Value;

    /// <summary>Without entities and quotations: extraction, dates, copies and clustering only.</summary>
    public static ArticleAnalyzer WithoutEnrichment => PlainAnalyzer.Value;

    public AnalyzedArticle? Analyze(RawArticle raw, out string? problem)
    {
        var article = ArticleExtractor.Extract(raw, out problem);
        if (article is null)
        {
            return null;
        }
        // The text is tokenized and folded once; the vector, the signature, the text key and the search document all
        // read those words, and none keeps them: each thread's lists are reused (new ones were 7% of the garbage).
        var (textWords, titleWords) = TokenLists();
        words.Analyze(article.Text, textWords);
        var found = entities?.Find(article.Text) ?? [];
        words.Analyze(article.Title, titleWords);
        var vector = vectors.Build(titleWords, textWords, found);
        var signature = minHasher.Compute(textWords);
        var textKey = TextKey(textWords);
        var analyzed = new AnalyzedArticle(article, vector, signature, textKey, InputHash(raw), raw.Origin, dates.Analyze(article.Text))
        {
            Entities = found,
            Quotes = quotes?.Find(article.Text, found) ?? [],
            Search = SearchDocument.From(titleWords, textWords),
        };
        // Dated only by its fetch: the text's own references (اليوم الاثنين) may say the day it was written.
        return article.PublishedFrom == PublishedFrom.Fetched ? analyzed.Estimated(article.Published!.Value.Day, keepContextDay: true) : analyzed;
    }

    [ThreadStatic]
    private static (List<MatchToken> Text, List<MatchToken> Title)? tokenScratch;

    private static (List<MatchToken> Text, List<MatchToken> Title) TokenLists()
    {
        if (tokenScratch is not { } lists || lists.Text.Capacity > WordTokenizer.MaxKeptWords || lists.Title.Capacity > WordTokenizer.MaxKeptWords)
        {
            tokenScratch = lists = ([], []);
        }
        return lists;
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
    /// <remarks>
    /// A 128-bit XXH3 of the fields' characters as they are in memory, each after its length: a digest to notice a
    /// change, not to resist forgery. SHA-256 over the fields converted to UTF-8 was about 1% of a plain ingest's
    /// time. Digests stored by earlier builds never match (the build's <see cref="Version"/> is hashed in too, so no
    /// build's digests ever matched another's): their articles are analyzed again once.
    /// </remarks>
    private string InputHash(RawArticle raw)
    {
        var hash = new XxHash128();
        // An article ingested without enrichment is redone when it is ingested again with it.
        Append(hash, Version);
        Append(hash, entities is null ? "-" : "+");
        foreach (var field in new[] { raw.Text, raw.Html, raw.Title, raw.Url, raw.Outlet, raw.Published, raw.Fetched, raw.Author })
        {
            Append(hash, field);
        }
        return Convert.ToBase64String(hash.GetCurrentHash())[..22];
    }

    /// <summary>The text's length (-1 for none), then its characters: fields cannot run into one another.</summary>
    private static void Append(XxHash128 hash, string? text)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(length, text?.Length ?? -1);
        hash.Append(length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
