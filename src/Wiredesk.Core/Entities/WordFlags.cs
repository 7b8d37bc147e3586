namespace Wiredesk.Core.Entities;

/// <summary>What a token is made of, for the capitalisation features.</summary>
[Flags]
internal enum WordFlags
{
    None = 0,
    Letter = 1,
    InitialCapital = 2,
    InitialLower = 4,
    AllCaps = 8,
    MixedCase = 16,
    Digit = 32,
    Hyphen = 64,
    Period = 128,
}
