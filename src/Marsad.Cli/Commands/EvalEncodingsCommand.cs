using System.CommandLine;
using System.Globalization;
using Marsad.Evaluation;
using Marsad.Evaluation.Encodings;
using Marsad.Extraction;
using Marsad.Input;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval encodings</c>: Marsad's encoding detection beside UTF.Unknown's, on real Arabic texts.</summary>
internal static class EvalEncodingsCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Articles to take texts from (default: ../shared/data/saudinewsnet).", HelpName = "PATH" };
        var count = new Option<int>("--count") { Description = "How many article texts (default 500).", DefaultValueFactory = _ => 500 };
        var command = new Command("encodings", """
            Write real Arabic article texts in every encoding Marsad reads (UTF-8 with and without BOM, UTF-16 with and
            without BOM, Windows-1256, ISO-8859-6), read them back with Marsad and with UTF.Unknown, and print how
            many each read back exactly.
            """)
        {
            data, count,
        };
        command.SetAction(result =>
        {
            var folder = DataLocator.Require("saudinewsnet", result.GetValue(data));
            var texts = new InputWalker([folder.FullName]).Items().OfType<ArticleInput>()
                .Select(a => ArticleExtractor.Extract(a.Article, out _)?.Text)
                .OfType<string>()
                .Where(t => t.Length >= 200)
                .Take(result.GetValue(count))
                .Select(t => t.Length > 3000 ? t[..3000] : t)
                .ToList();
            var rows = EncodingEvaluation.Run(texts);
            var invariant = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(invariant, $"Encoding detection on {texts.Count} article texts from {folder.FullName} (first 3,000 characters each)"));
            Console.WriteLine("A text counts only if it is read back exactly. Texts a single-byte encoding cannot hold are left out of its row.");
            Console.WriteLine();
            Console.WriteLine($"{"written as",-16} {"texts",6} {"Marsad",8} {"UTF.Unknown",12}");
            foreach (var row in rows)
            {
                Console.WriteLine(string.Create(invariant, $"{row.Encoding,-16} {row.Texts,6} {Share(row.MarsadRight, row.Texts),8} {Share(row.PeerRight, row.Texts),12}"));
            }
            var total = rows.Sum(r => r.Texts);
            Console.WriteLine(string.Create(invariant, $"{"all",-16} {total,6} {Share(rows.Sum(r => r.MarsadRight), total),8} {Share(rows.Sum(r => r.PeerRight), total),12}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Share(int right, int all) =>
        all == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * right / all:0.0}%");
}
