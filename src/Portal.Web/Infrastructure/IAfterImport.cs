namespace Portal.Web.Infrastructure;

/// <summary>
/// Work that must be done after the content import and before the site answers (e.g. filling the search index).
/// Registered as scoped, a step takes what it needs in its constructor, from the start-up's own scope.
/// </summary>
public interface IAfterImport
{
    Task RunAsync(CancellationToken cancellationToken);
}
