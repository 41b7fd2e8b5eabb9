using System.CommandLine;
using Marsad.Entities;
using Marsad.Evaluation.Quotes;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train speakers</c>: relearn the speaker ranker, whom a continuation (وأضاف، مشيرا) points back to and when a subject the rules read stands.</summary>
internal static class TrainSpeakersCommand
{
    public const string DefaultOutput = "src/Marsad.Core/Quotes/Resources/speaker-ranker.tsv.gz";

    public static Command Create()
    {
        var table = new NewsTrainedTable(DefaultOutput);
        var crossValidate = new Option<int>("--cross-validate")
        {
            Description = "Only measure: cut the articles into this many folds, learn from the others for each, and compare " +
                "its speakers with the rules' alone; write no model.",
            HelpName = "FOLDS",
        };
        var command = new Command("speakers",
            "Learn, from the quotation gold's seed and development articles (never a held-out part), which of the speakers " +
            "the rules offer a continuation or a pronoun points back to (وأضاف، مشيرا، لكنه أكد), and when a subject the " +
            "rules read (وقال ...) is to be trusted: the rules' own choice, the last few speakers, or a person or body the " +
            "entity tagger found just before. Rerun after `train ner`, after " +
            "changing the quotation rules, and after a held-out part becomes development.")
        {
            table.Output, crossValidate,
        };
        // Its name until it weighed every cue, not only continuations; older notes and scripts still call it so.
        command.Aliases.Add("continuations");
        command.SetAction(result =>
        {
            var gold = QuoteGoldReader.ReadBuiltIn();
            var articles = gold.Articles.Where(a => !QuoteGoldSet.IsHeldOut(a.Part)).ToList();
            var byArticle = gold.Quotations.ToLookup(q => q.Article);
            var trainer = new SpeakerRankerTrainer(EntityFinder.Default);
            var folds = result.GetValue(crossValidate);
            if (folds > 1)
            {
                var measured = trainer.CrossValidate(articles, byArticle, folds);
                Console.WriteLine($"{measured.Folds}-fold cross-validation over {measured.Articles} seed and development articles of eval/gold/quotes.tsv:");
                Console.WriteLine($"  cues (continuations, pronouns, subjects; each article read with and without its entities) with a right option: {measured.Cues}; the right one taken by the rules {measured.CuesRightByRules}, by the ranker {measured.CuesRightRanked}");
                Console.WriteLine($"  speakers right, whole extraction: rules alone {measured.SpeakersRightByRules}, with the ranker {measured.SpeakersRightRanked} (of {measured.SpeakersChecked})");
                return ExitCodes.Success;
            }
            var examples = trainer.Examples(articles, byArticle);
            var ranker = SpeakerRankerTrainer.Train(examples);
            var path = result.GetValue(table.Output)!;
            var size = NewsTrainedTable.Write(path, writer =>
            {
                writer.WriteLine($"# marsad train speakers: a conditional logit (L2 {SpeakerRankerTrainer.Penalty}, {SpeakerRankerTrainer.Iterations} iterations) " +
                    $"from {examples.Count} cues (each article read with and without its entities) in {articles.Count} seed and development articles of eval/gold/quotes.tsv");
                ranker.Write(writer);
            });
            Console.Error.WriteLine($"{examples.Count:N0} cues (continuations, pronouns, subjects; each article read with and without its entities) from {articles.Count:N0} articles; {ranker.Weights.Count(w => w.Value != 0):N0} weights written to {path} ({size:N0} KB)");
            return ExitCodes.Success;
        });
        return command;
    }
}
