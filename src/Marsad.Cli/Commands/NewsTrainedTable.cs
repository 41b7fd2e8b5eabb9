using System.CommandLine;
using System.IO.Compression;
using System.Text;

namespace Marsad.Cli.Commands;

/// <summary>
/// What the commands that learn a table from a news corpus share (<c>train idf</c>, <c>train name-shares</c>): a
/// <c>--data</c> option for the articles and an <c>--out</c> option for the gzipped table, which lands where
/// Marsad.Core embeds it at the next build unless told otherwise.
/// </summary>
internal sealed class NewsTrainedTable(string defaultOutput)
{
    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Folder or files of articles (default: ../shared/data/saudinewsnet).",
        HelpName = "PATH",
    };

    public Option<string> Output { get; } = new("--out")
    {
        Description = $"Where to write the gzipped table (default: {defaultOutput}, embedded at the next build).",
        HelpName = "FILE",
        DefaultValueFactory = _ => defaultOutput,
    };

    /// <summary>
    /// How many articles have been read: one line rewritten in place on a terminal, a line each time otherwise (a log
    /// or a pipe would get the carriage returns run together).
    /// </summary>
    public static void ShowCount(int articles)
    {
        if (Console.IsErrorRedirected)
        {
            Console.Error.WriteLine($"{articles:N0} articles");
        }
        else
        {
            Console.Error.Write($"\r{articles:N0} articles");
        }
    }

    /// <summary>Ends the count's line on a terminal, so what follows starts on a line of its own.</summary>
    public static string AfterCount => Console.IsErrorRedirected ? "" : "\r";

    /// <summary>Writes the table as UTF-8 text with \n line ends, gzipped, creating the folder; returns its size in KB.</summary>
    public static long Write(string path, Action<TextWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            write(writer);
        }
        return new FileInfo(path).Length / 1024;
    }
}
