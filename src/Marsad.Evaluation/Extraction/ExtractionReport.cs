namespace Marsad.Evaluation.Extraction;

/// <summary>Everything <c>marsad eval extraction</c> measured, with the data it ran on.</summary>
public sealed record ExtractionReport(string DataFolder, AebResult Aeb, string ArabicFolder, IReadOnlyList<ArabicPageResult> Arabic)
{
    public static ExtractionReport Run(DirectoryInfo extractionFolder)
    {
        var aeb = AebEvaluation.Run(AebBenchmark.Load(new DirectoryInfo(Path.Combine(extractionFolder.FullName, "aeb"))));
        var arabicFolder = new DirectoryInfo(Path.Combine(extractionFolder.FullName, "arabic"));
        var arabic = ArabicEvaluation.Run(ArabicPageIndex.Load(arabicFolder));
        return new ExtractionReport(extractionFolder.FullName, aeb, arabicFolder.FullName, arabic);
    }
}
