using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Evaluation.Dates;
using Marsad.Entities;
using Marsad.Evaluation.Quotes;
using Marsad.Quotes;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval quotes</c>: the quotation extractor against the quotation gold set (eval/gold/quotes*.tsv, built
/// in): spans, direct or not, speakers, per part, and its speed.
/// </summary>
internal static class EvalQuotesCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var mistakes = new Option<string?>("--mistakes")
        {
            Description = $"Also list the disagreements with the gold in this part ({string.Join(", ", QuoteGoldSet.Parts)}).",
            HelpName = "PART",
        };
        var withoutHeldOut = new Option<bool>("--without-held-out")
        {
            Description = "Score the seeds and the development part only, for working on the rules: the held-out parts are not even run.",
        };
        var withoutEntities = new Option<bool>("--without-entities")
        {
            Description = "Give the extractor no named entities (the pipeline gives it the entity tagger's): names from the words' shapes alone.",
        };
        var rulesOnly = new Option<bool>("--rules-only")
        {
            Description = "Leave out the learned speaker ranker (`train speakers`): every cue (continuation, pronoun or subject) takes the rules' choice.",
        };
        var command = new Command("quotes", """
            Quotations and speakers against the gold set read by hand (eval/gold/quotes-README.md): span precision and
            recall (overlap and exact), direct/indirect accuracy and speaker accuracy, for seed + development and
            held-out apart, and milliseconds per article.
            """)
        {
            json, mistakes, withoutHeldOut, withoutEntities, rulesOnly,
        };
        command.SetAction(parse =>
        {
            var extractor = parse.GetValue(rulesOnly) ? new QuotationExtractor(FamilyNameKeys.Default, null) : QuotationExtractor.Default;
            var report = QuoteEvaluation.Run(QuoteGoldReader.ReadBuiltIn(), extractor,
                heldOut: !parse.GetValue(withoutHeldOut), entities: parse.GetValue(withoutEntities) ? null : EntityFinder.Default);
            Console.Out.Write(parse.GetValue(json) ? JsonSerializer.Serialize(report, Json) + "\n" : Format(report));
            if (parse.GetValue(mistakes) is { } part)
            {
                foreach (var m in report.Mistakes.Where(m => m.Part == part))
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Article}@{m.Start}\t{m.Kind}\t{m.Found}\t{m.Gold}"));
                }
            }
            return 0;
        });
        return command;
    }

    private static string Format(QuoteEvaluationReport report)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"Quotations on eval/gold/{QuoteGoldReader.QuotationsFile} (built in): {report.Articles} articles ({report.Characters:N0} characters); see eval/gold/quotes-README.md."),
            report.HeldOut
                ? "Seed + development is what the rules were written against; the held-out parts were only ever scored."
                : "Seed + development only (--without-held-out): the held-out parts were not run.",
            "Spans: each found and gold quotation matched once, largest overlap first; overlap = at least one shared character, exact = same start and end.",
            "Direct and speaker accuracy are over overlap matches; a speaker is right when its text (folded) or its speaker key equals a gold alternative's.",
            "",
            string.Format(CultureInfo.InvariantCulture, "{0,-20} {1,8} {2,6} {3,6} {4,-20} {5,-20} {6,9} {7,9}",
                "part", "articles", "gold", "found", "overlap P / R / F1", "exact P / R / F1", "direct", "speaker"),
        };
        foreach (var part in report.Parts)
        {
            var s = part.Scores;
            lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,-20} {1,8} {2,6} {3,6} {4,-20} {5,-20} {6,9:0.000} {7,9:0.000}",
                part.Part, part.Articles, s.Gold, s.Found, Triple(s.Overlap), Triple(s.Exact), s.DirectAccuracy, s.SpeakerAccuracy));
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{"",-20} speakers {s.SpeakersRight}/{s.SpeakersChecked} right ({s.SpeakersInOtherForm} more in a shorter or longer form); direct {s.DirectRight}/{s.OverlapMatched}; exact spans {s.ExactMatched}/{s.OverlapMatched} of the matches"));
        }
        lines.Add("");
        lines.Add(string.Format(CultureInfo.InvariantCulture,
            "Speed once warm: {0:0.000} ms per article (best of {1} passes over the {2} articles, one thread).",
            report.MillisecondsPerArticle, report.SpeedPasses, report.Articles));
        return string.Join('\n', lines) + "\n";
    }

    private static string Triple(PrecisionRecall score) =>
        string.Format(CultureInfo.InvariantCulture, "{0:0.000} {1:0.000} {2:0.000}", score.Precision, score.Recall, score.F1);
}
