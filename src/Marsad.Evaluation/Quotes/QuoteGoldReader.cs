using System.Globalization;
using System.Text;

namespace Marsad.Evaluation.Quotes;

/// <summary>
/// Reads the quotation gold set: <c>quotes-articles.tsv</c> (texts with \n, \t and \\ escaped) and <c>quotes.tsv</c>
/// (offsets, direct, speaker alternatives joined by |, — for none). Both ship inside this assembly; <c>#</c> lines
/// are comments and the first other line is a header.
/// </summary>
public static class QuoteGoldReader
{
    public const string ArticlesFile = "quotes-articles.tsv";
    public const string QuotationsFile = "quotes.tsv";

    public static QuoteGoldSet ReadBuiltIn()
    {
        using var articles = Open(ArticlesFile);
        using var quotations = Open(QuotationsFile);
        return Read(articles, quotations);
    }

    public static QuoteGoldSet Read(TextReader articles, TextReader quotations)
    {
        var read = Rows(articles).Select(f => new GoldArticle(f[0], f[1], f[2], Unescape(f[5]))).ToList();
        var gold = Rows(quotations).Select(f => new GoldQuotation(f[0], Number(f[1]), Number(f[2]), f[3] == "yes",
            f[4] == "—" ? [] : f[4].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), f[5], f[6])).ToList();
        return new QuoteGoldSet(read, gold);
    }

    private static StreamReader Open(string name)
    {
        var resource = "Marsad.Evaluation.Gold." + name;
        var stream = typeof(QuoteGoldReader).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is missing from the assembly.");
        return new StreamReader(stream, Encoding.UTF8);
    }

    private static IEnumerable<string[]> Rows(TextReader reader)
    {
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            yield return line.Split('\t');
        }
    }

    private static int Number(string field) => int.Parse(field, CultureInfo.InvariantCulture);

    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }
        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length)
            {
                text.Append(field[i]);
                continue;
            }
            text.Append(field[++i] switch { 'n' => '\n', 't' => '\t', var other => other });
        }
        return text.ToString();
    }
}
