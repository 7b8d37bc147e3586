namespace Wiredesk.Benchmarks;

/// <summary>The bundled samples, as bytes, found by walking up to the repository.</summary>
internal static class SampleInputs
{
    public static IReadOnlyList<(string Name, byte[] Bytes)> Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(dir.FullName, "Wiredesk.slnx")) && Directory.Exists(samples))
            {
                return Directory.GetFiles(samples)
                    .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
                    .ToList();
            }
        }

        throw new InvalidOperationException("samples/ not found above " + AppContext.BaseDirectory);
    }

    public static string Describe(IReadOnlyList<(string Name, byte[] Bytes)> inputs) =>
        $"{inputs.Count} files, {inputs.Sum(i => i.Bytes.Length) / 1024.0:0.0} KiB";
}
