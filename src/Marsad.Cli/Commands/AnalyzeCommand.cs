using System.CommandLine;
using Marsad.Articles;
using Marsad.Cli.Output;
using Marsad.Input;
using Marsad.Pipeline;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad analyze</c>: what Marsad makes of one article (or a JSON Lines stream of them), printed as JSON, with
/// no database: title, clean text, outlet, publication date and where it came from, dates, and what enrichment finds.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A plain-text article (or, with --jsonl, a JSON Lines file); '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var published = new Option<string?>("--published") { Description = "The publication date, ISO 8601 (2021-07-25 or 2021-07-25T11:02).", HelpName = "DATE" };
        var context = new Option<string?>("--context")
        {
            Description = "For an undated article: the latest day it can be from; it is then dated from its own references (أمس السبت).",
            HelpName = "DATE",
        };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read articles as JSON Lines (JSONL.md) and write one JSON line per article." };
        var command = new Command("analyze", """
            Print what Marsad makes of an article, as JSON, without touching any database: the fields of an exported
            article (title, text, outlet, published, published_from, author, dateline, agency, dates, ...). Pipe text
            through it, or feed it JSON Lines with --jsonl for evaluations.
            """)
        {
            file, published, context, jsonl,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(file);
            using var input = path is null or "-" ? Console.OpenStandardInput() : OpenOrNull(path);
            if (input is null)
            {
                Consoles.Fail($"no such file: {path}");
                return ExitCodes.Failed;
            }
            DateOnly? contextDay = PublicationDate.TryParseIso(result.GetValue(context), out var c) ? c.Day : null;
            return result.GetValue(jsonl)
                ? AnalyzeLines(input, path ?? "stdin", contextDay)
                : AnalyzeOne(input, path ?? "stdin", result.GetValue(published), contextDay);
        });
        return command;
    }

    private static int AnalyzeOne(Stream input, string origin, string? published, DateOnly? context)
    {
        string text;
        try
        {
            text = TextDecoder.Decode(ReadAll(input)).Text;
        }
        catch (UndecodableInputException error)
        {
            Consoles.Problem(origin, error.Message);
            return ExitCodes.Failed;
        }
        var id = origin == "stdin" ? "stdin" : Path.GetFileNameWithoutExtension(origin);
        var raw = new RawArticle(id, origin, Text: text, Published: published);
        return Write(raw, context, indented: true) ? ExitCodes.Success : ExitCodes.SomeInputFailed;
    }

    private static int AnalyzeLines(Stream input, string origin, DateOnly? context)
    {
        var failed = false;
        foreach (var item in JsonLinesReader.Read(input, origin))
        {
            failed |= item switch
            {
                ArticleInput { Article: var raw } => !Write(raw, context, indented: false),
                InputProblem problem => Report(problem),
                _ => false,
            };
        }
        return failed ? ExitCodes.SomeInputFailed : ExitCodes.Success;
    }

    private static bool Write(RawArticle raw, DateOnly? context, bool indented)
    {
        var analyzed = ArticleAnalyzer.Default.Analyze(raw, out var problem);
        if (analyzed is null)
        {
            return Report(new InputProblem(raw.Origin, problem ?? "could not be read"));
        }
        if (analyzed.Article.Published is null && context is { } day)
        {
            analyzed = analyzed.Estimated(day, keepContextDay: false);
        }
        var shape = ExportShapes.Of(analyzed);
        Console.Out.WriteLine(indented ? JsonOutput.Pretty(shape) : JsonOutput.Line(shape));
        return true;
    }

    private static bool Report(InputProblem problem)
    {
        Consoles.Problem(problem.Origin, problem.Message);
        return true;
    }

    private static FileStream? OpenOrNull(string path) => File.Exists(path) ? File.OpenRead(path) : null;

    private static byte[] ReadAll(Stream input)
    {
        using var memory = new MemoryStream();
        input.CopyTo(memory);
        return memory.ToArray();
    }
}
