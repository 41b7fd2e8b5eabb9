using System.Globalization;

namespace Marsad.Evaluation.Extraction;

/// <summary>Prints an <see cref="ExtractionReport"/> as plain text: every figure beside the data it came from.</summary>
public static class ExtractionReportWriter
{
    public static void Write(ExtractionReport report, TextWriter output)
    {
        var w = new Lines(output);
        w.Line($"Extraction benchmarks under {report.DataFolder}");
        w.Line("Metric (article-extraction-benchmark): word 4-gram shingles of the extracted body against the ground truth;");
        w.Line("precision and recall averaged over pages, F1 of the two averages. Words are runs of Unicode letters, marks and digits.");
        w.Line();
        WriteAeb(report.Aeb, w);
        WriteArabicText(report, w);
        WriteChecks(report.Arabic, w);
        WriteTitles(report.Arabic, w);
        WriteDates(report.Arabic, w);
    }

    private static void WriteAeb(AebResult aeb, Lines w)
    {
        w.Line($"1. aeb: {aeb.Folder}");
        w.Line($"   {aeb.Pages} pages (html/*.html.gz, ground-truth.json); peers: {aeb.PeerCount} tools from peers/*.json, scored here by the same scorer");
        w.Line($"   {"extractor",-20} {"version",-10} {"precision",9} {"recall",7} {"F1",6}");
        foreach (var row in aeb.Rows)
        {
            w.Line($"   {row.Extractor,-20} {row.Version ?? "",-10} {row.Score.Precision,9:F3} {row.Score.Recall,7:F3} {row.Score.F1,6:F3}");
        }
        w.Line($"   Marsad extracted no text from {aeb.MarsadEmptyPages} of {aeb.Pages} pages. \"no cleanup\" is SmartReader's article alone.");
        w.Line("   Marsad's cleanup rules were chosen by measuring on these pages: its figures are in-sample, the peers' are not.");
        w.Line();
    }

    private static void WriteArabicText(ExtractionReport report, Lines w)
    {
        var scored = report.Arabic.Where(r => r.Text is not null).ToList();
        w.Line($"2. Pages with full expected text: {report.ArabicFolder} ({scored.Count} pages; expectations listed in INDEX.md)");
        w.Line($"   {"page",-44} {"lang",-4} {"precision",9} {"recall",7} {"F1",6} {"F1 no cleanup",14}");
        foreach (var result in scored)
        {
            var m = result.Text!.Value;
            w.Line($"   {Short(result.Page.File),-44} {result.Page.Language,-4} {m.Precision ?? 0,9:F3} {m.Recall ?? 0,7:F3} {F1(m),6:F3} {F1(result.TextWithoutCleanup!.Value),14:F3}");
        }
        foreach (var group in scored.GroupBy(r => r.Page.Language == "ar" ? "ar" : "fa+ur"))
        {
            var score = ExtractionScore.Of(group.Select(r => r.Text!.Value).ToList());
            var uncleaned = ExtractionScore.Of(group.Select(r => r.TextWithoutCleanup!.Value).ToList());
            w.Line($"   {"averaged, " + group.Key + " (" + score.Pages + " pages)",-44} {"",-4} {score.Precision,9:F3} {score.Recall,7:F3} {score.F1,6:F3} {uncleaned.F1,14:F3}");
        }
        w.Line("   The two newspaper pages are byte variants of one CNN Arabic article. The two youm7.com expected texts (magic-html)");
        w.Line("   hold a video player's labels (Play, Mute, ...) and one also the headline and captions; Marsad leaves those out.");
        w.Line();
    }

    private static void WriteChecks(IReadOnlyList<ArabicPageResult> results, Lines w)
    {
        w.Line("3. Pages with partial text expectations");
        foreach (var result in results.Where(r => r.OpeningFound is not null))
        {
            w.Line($"   {Short(result.Page.File),-44} expected opening ({result.Page.ExpectedOpening!.Length} chars) starts the text: {YesNo(result.OpeningFound)}");
        }
        foreach (var result in results.Where(r => r.Page.MustContain is not null || r.Page.MustNotContain is not null))
        {
            w.Line($"   {Short(result.Page.File),-44} snippets that must be in the text: {result.ContainedFound}/{result.Page.MustContain?.Count ?? 0} found; "
                + $"that must not: {result.ExcludedFound}/{result.Page.MustNotContain?.Count ?? 0} found");
        }
        w.Line();
    }

    private static void WriteTitles(IReadOnlyList<ArabicPageResult> results, Lines w)
    {
        var titled = results.Where(r => r.TitleCorrect is not null).ToList();
        w.Line($"4. Titles ({titled.Count} pages with an expected title): {titled.Count(r => r.TitleCorrect == true)} exact");
        foreach (var result in titled)
        {
            w.Line($"   {Short(result.Page.File),-44} {YesNo(result.TitleCorrect),-3} found: {result.Extraction.Title}");
            if (result.TitleCorrect == false)
            {
                w.Line($"   {"",-44} {"",-3} expected: {result.Page.ExpectedTitle}");
            }
        }
        w.Line();
    }

    private static void WriteDates(IReadOnlyList<ArabicPageResult> results, Lines w)
    {
        var dated = results.Where(r => r.DateCorrect is not null).ToList();
        w.Line($"5. Publication dates from HTML ({dated.Count} pages with an expected date; {dated.Count(r => r.Page.ExpectedText is null && r.Page.ExpectedOpening is null && r.Page.MustContain is null)} of them date-only)");
        w.Line($"   {"page",-44} {"lang",-4} {"expected",-10} {"found",-19} {"ok",-3} source");
        foreach (var result in dated)
        {
            var found = result.Extraction.Published?.ToIso() ?? "none";
            w.Line($"   {Short(result.Page.File),-44} {result.Page.Language,-4} {result.Page.ExpectedDate:yyyy-MM-dd} {found,-19} {YesNo(result.DateCorrect),-3} {result.Extraction.PublishedSource}");
        }
        foreach (var group in dated.GroupBy(r => r.Page.Language))
        {
            w.Line($"   accuracy, {group.Key}: {group.Count(r => r.DateCorrect == true)}/{group.Count()} correct, {group.Count(r => r.Extraction.Published is null)} not found");
        }
        w.Line();
    }

    private static double F1(ShingleMatch m)
    {
        double p = m.Precision ?? 0, r = m.Recall ?? 0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }

    private static string YesNo(bool? value) => value == true ? "yes" : "no";

    private static string Short(string file) => file.Length <= 44 ? file : file[..41] + "...";

    /// <summary>Writes invariant-culture lines (figures read the same whatever the machine's culture).</summary>
    private sealed class Lines(TextWriter output)
    {
        public void Line() => output.WriteLine();

        public void Line(FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));

        public void Line(string text) => output.WriteLine(text);
    }
}
