using System.CommandLine;
using Wiredesk.Eval;

var root = new RootCommand("Wiredesk evaluation: scores on public benchmark data and throughput on generated streams.");
root.Subcommands.Add(ReuseCommand.Create());
root.Subcommands.Add(ReuseScaleCommand.Create());
root.Subcommands.Add(StoriesCommand.Create());
root.Subcommands.Add(StoriesScaleCommand.Create());
root.Subcommands.Add(StoreScaleCommand.Create());
root.Subcommands.Add(SimilarityCommand.Create());
root.Subcommands.Add(NerCommand.Create());
root.Subcommands.Add(NerTrainCommand.Create());
root.Subcommands.Add(TimeCommand.Create());
root.Subcommands.Add(QuotesCommand.Create());
root.Subcommands.Add(StoryViewCommand.Create());
root.Subcommands.Add(EventsCommand.Create());
root.Subcommands.Add(ClusterScaleCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
