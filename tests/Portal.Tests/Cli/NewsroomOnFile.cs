using Portal.Tests.Admin;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Cli;

/// <summary>The app with its newsroom on a database file the test owns, which outlives the app (a stop and a restart).</summary>
public sealed class NewsroomOnFile(string databasePath) : NewsroomFactory(TestPaths.FixtureContent, databasePath);
