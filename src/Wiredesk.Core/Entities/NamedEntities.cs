namespace Wiredesk.Core.Entities;

/// <summary>Where adapters get the named-entity stage.</summary>
public static class NamedEntities
{
    /// <summary>A recogniser with the model embedded in the Core assembly. Loading takes a fraction of a second: keep it.</summary>
    public static INamedEntityRecognizer CreateRecognizer() => NamedEntityRecognizer.CreateDefault();
}
