using System.CommandLine;
using Marsad.Evaluation;
using Marsad.Evaluation.Extraction;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval extraction</c>: HTML main-text extraction scored beside other extractors on the same pages,
/// plus titles and publication dates found in Arabic pages.
/// </summary>
internal static class EvalExtractionCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data")
        {
            Description = "The extraction benchmark folder, holding aeb/ and arabic/ (default: ../shared/data/extraction)",
        };
        var command = new Command("extraction", "Score HTML article extraction on benchmark pages, beside other extractors.")
        {
            data,
        };
        command.SetAction(result =>
        {
            var folder = DataLocator.Require("extraction", result.GetValue(data));
            ExtractionReportWriter.Write(ExtractionReport.Run(folder), Console.Out);
            return 0;
        });
        return command;
    }
}
