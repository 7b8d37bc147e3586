using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Wiredesk.Benchmarks.ReadingAndCleaning).Assembly).Run(args);
