namespace Wiredesk.Core.Entities;

/// <summary>How <see cref="NerTrainer"/> trains.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Seed">Seed of the shuffle before each pass, so that training is repeatable.</param>
/// <param name="Folds">The known-entity gazetteer a training sentence sees is built from the other folds, so that the
/// model does not learn to trust it more than it deserves on unseen text.</param>
/// <param name="PruneBelow">Features whose largest averaged weight is smaller than this are left out of the model.</param>
internal sealed record NerTrainingOptions(int Epochs = 8, int Seed = 20250515, int Folds = 10, float PruneBelow = 0.02f)
{
    public static NerTrainingOptions Default { get; } = new();
}
