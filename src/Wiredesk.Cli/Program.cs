using Wiredesk.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await WiredeskCli.RunAsync(args, CliConsole.System(), cancellation.Token).ConfigureAwait(false);
