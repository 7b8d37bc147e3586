using System.Globalization;
using Wiredesk.Core.Report;

namespace Wiredesk.Cli.Output;

/// <summary>Text reuse as text for a person: copy groups, then each pair with its containment and its passages.</summary>
internal static class ReusePrinter
{
    private const int PassagePreview = 90;

    public static async Task PrintAsync(AnalysisReport report, TextWriter output)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        if (report.Reuse.Count == 0)
        {
            await output.WriteLineAsync("Text reuse: none found.").ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync($"Text reuse: {report.Reuse.Count} pair(s) in {report.CopyGroups.Count} copy group(s)").ConfigureAwait(false);
            foreach (var group in report.CopyGroups)
            {
                await output.WriteLineAsync($"  group: {string.Join(", ", group)}").ConfigureAwait(false);
            }

            foreach (var pair in report.Reuse)
            {
                await PrintPairAsync(pair, output).ConfigureAwait(false);
            }
        }

        if (report.SharedQuotes.Count > 0)
        {
            await output.WriteLineAsync($"Shared quotations (not copies): {report.SharedQuotes.Count} pair(s)").ConfigureAwait(false);
            foreach (var pair in report.SharedQuotes)
            {
                await PrintPairAsync(pair, output).ConfigureAwait(false);
            }
        }
    }

    public static async Task PrintPairAsync(ReuseReport pair, TextWriter output)
    {
        var source = pair.Source is null ? "" : $", source {pair.Source}";
        await output.WriteLineAsync(
            $"  {pair.A} ~ {pair.B}: {pair.Kind}, {Percent(pair.ContainmentA)} of {pair.A} and {Percent(pair.ContainmentB)} of {pair.B} shared{source}").ConfigureAwait(false);
        foreach (var passage in pair.Passages)
        {
            var text = passage.Text.ReplaceLineEndings(" ");
            var preview = text.Length <= PassagePreview ? text : text[..PassagePreview] + "…";
            await output.WriteLineAsync($"      {(passage.Quotation ? "“quote” " : "")}{passage.Words} words: {preview}").ConfigureAwait(false);
        }
    }

    private static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);
}
