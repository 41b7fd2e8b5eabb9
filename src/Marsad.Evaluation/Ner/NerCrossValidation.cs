using System.Globalization;
using Marsad.Entities;

namespace Marsad.Evaluation.Ner;

/// <summary>
/// Tuning without the test split: train is cut into consecutive blocks, and each block in turn is tagged by a
/// model trained on the others. Reports each block's and the pooled entity scores per type.
/// </summary>
public sealed class NerCrossValidation(NerTrainingOptions options, TextWriter log)
{
    public EntityCounts[] Run(IReadOnlyList<ConllSentence> sentences, NerTrainingResources resources, int blocks)
    {
        var pooled = new EntityCounts[EntityTypeCodes.Count + 1];
        for (var block = 0; block < blocks; block++)
        {
            var held = sentences.Where((_, i) => TrainingGazetteers.FoldOf(i, sentences.Count, blocks) == block).ToList();
            var rest = sentences.Where((_, i) => TrainingGazetteers.FoldOf(i, sentences.Count, blocks) != block).ToList();
            var model = new NerTrainer(options, TextWriter.Null).Train(rest, resources, null);
            var scores = NerEvaluation.Score(new EntityTagger(model), held);
            foreach (var type in Enum.GetValues<EntityType>())
            {
                pooled[(int)type] += scores.For(type);
            }
            pooled[EntityTypeCodes.Count] += scores.Overall;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"block {block + 1}/{blocks}: F1 {scores.Overall.F1:F4} (P {scores.Overall.Precision:F4} R {scores.Overall.Recall:F4})"));
        }
        foreach (var type in Enum.GetValues<EntityType>())
        {
            Report(EntityTypeCodes.ToCode(type), pooled[(int)type]);
        }
        Report("overall", pooled[EntityTypeCodes.Count]);
        return pooled;
    }

    private void Report(string name, EntityCounts counts) => log.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {name,-8} P {counts.Precision:F4} R {counts.Recall:F4} F1 {counts.F1:F4} ({counts.Gold} gold)"));
}
