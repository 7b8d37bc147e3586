namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// An actor code, valid on every date or only within bounds (<c>[HOB &lt;950601]</c>, <c>[HOBGOV 19950601-19990815]</c>,
/// <c>[HOBREB &gt;990816]</c>). A code may name several actors separated by <c>/</c>.
/// </summary>
/// <param name="Code">The code as written, e.g. <c>GON</c> or <c>FRO/BIL/SAM</c>.</param>
/// <param name="NotBefore">First valid date, if bounded.</param>
/// <param name="NotAfter">Last valid date, if bounded.</param>
internal sealed record DatedCode(string Code, DateOnly? NotBefore, DateOnly? NotAfter)
{
    public bool IsRestricted => NotBefore is not null || NotAfter is not null;

    public bool HoldsOn(DateOnly date) => (NotBefore is null || date >= NotBefore) && (NotAfter is null || date <= NotAfter);
}
