namespace Portal.Tests.Infrastructure;

/// <summary>The app on the small fixture content; as a class fixture, each test class gets its own app and database.</summary>
public sealed class FixtureContentPortal() : PortalFactory(TestPaths.FixtureContent);

/// <summary>The app on the repository's own content/; as a class fixture, each test class gets its own app and database.</summary>
public sealed class RealContentPortal() : PortalFactory(TestPaths.RepositoryContent);
