namespace Wiredesk.Core.Time;

/// <summary>A parsed expression over tokens <see cref="First"/> up to (not including) <see cref="End"/>.</summary>
internal readonly record struct Timex(int First, int End, TimeExpressionType Type, string Value, TimeModifier Mod = TimeModifier.None, string? EndValue = null);
