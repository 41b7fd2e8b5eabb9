using System.CommandLine;
using System.Globalization;
using Marsad.Evaluation;
using Marsad.Evaluation.Quotes;
using Marsad.Evaluation.Training;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train name-shares</c>: relearn how often the news has each word inside a person's name.</summary>
internal static class TrainNameSharesCommand
{
    public const string DefaultOutput = "src/Marsad.Core/Quotes/Resources/name-shares.tsv.gz";

    public static Command Create()
    {
        var table = new NewsTrainedTable(DefaultOutput);
        var command = new Command("name-shares",
            "Learn from a news corpus how often each common word is inside a person's name (the entity tagger reads every " +
            "article). The quotation extractor then reads no name after a title that starts with a word never in one and " +
            "holds no word often in one (وأكد الوزير المصري تطابق رؤية الجانبين). The quotation gold set's articles are left " +
            "out. Rerun after `train ner`.")
        {
            table.Data, table.Output,
        };
        command.SetAction(result =>
        {
            var folder = DataLocator.Require("saudinewsnet", result.GetValue(table.Data));
            var gold = QuoteGoldReader.ReadBuiltIn().Articles.Select(a => a.Text);
            var learned = NameShareTrainer.Train([folder.FullName], gold, NewsTrainedTable.ShowCount);
            var path = result.GetValue(table.Output)!;
            var size = NewsTrainedTable.Write(path, writer => Write(writer, learned));
            Console.Error.WriteLine($"{NewsTrainedTable.AfterCount}{learned.Articles:N0} articles from {folder.FullName} ({learned.SkippedAsGold:N0} left out as the quotation gold's); " +
                $"{learned.Words.Count:N0} words written to {path} ({size:N0} KB)");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The format <c>NameShares.Read</c> reads: a <c>#</c> line saying what the table is, then <c>word TAB percent</c>.</summary>
    private static void Write(TextWriter writer, NameShareTrainer.Result learned)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# marsad train name-shares: {learned.Words.Count} folded words seen at least {NameShareTrainer.MinCount} times in " +
            $"{learned.Articles} articles, each with the percent of its uses inside a person's name (below {NameShareTrainer.MaxPercent})"));
        foreach (var (word, percent) in learned.Words)
        {
            writer.Write(word);
            writer.Write('\t');
            writer.WriteLine(percent.ToString(CultureInfo.InvariantCulture));
        }
    }
}
