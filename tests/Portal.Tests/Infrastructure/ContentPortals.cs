using Portal.Web.Infrastructure;

namespace Portal.Tests.Infrastructure;

/// <summary>The app on the small fixture content; as a class fixture, each test class gets its own app and database.</summary>
public sealed class FixtureContentPortal() : PortalFactory(TestPaths.FixtureContent);

/// <summary>The app on the repository's own content/; as a class fixture, each test class gets its own app and database.</summary>
public sealed class RealContentPortal() : PortalFactory(TestPaths.RepositoryContent);

/// <summary>The app on the small fixture content, on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlFixtureContentPortal() : PortalFactory(TestPaths.FixtureContent)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>The app on the repository's own content/, on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlRealContentPortal() : PortalFactory(TestPaths.RepositoryContent)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
