namespace Cutover.IntegrationTests.Store;

public sealed class HerokuDatabaseUrlTests
{
    [Fact]
    public void Convert_HerokuUrl_SplitsPartsUnescapesCredentialsAndRequiresSsl()
    {
        var connectionString = HerokuDatabaseUrl.ToNpgsqlConnectionString(
            "postgres://u8a%40ops:p%3Ass%2Fw0rd@ec2-1-2-3-4.compute-1.amazonaws.com:5433/d1b2c3");

        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        Assert.Equal("ec2-1-2-3-4.compute-1.amazonaws.com", parsed.Host);
        Assert.Equal(5433, parsed.Port);
        Assert.Equal("d1b2c3", parsed.Database);
        Assert.Equal("u8a@ops", parsed.Username);
        Assert.Equal("p:ss/w0rd", parsed.Password);
        Assert.Equal(SslMode.Require, parsed.SslMode);
    }

    [Theory]
    [InlineData("postgres://cutover:pw@localhost/cutover", SslMode.Disable)]
    [InlineData("postgresql://cutover:pw@127.0.0.1:5432/cutover", SslMode.Disable)]
    [InlineData("postgres://cutover:pw@[::1]:5432/cutover", SslMode.Disable)]
    [InlineData("postgres://cutover:pw@db.internal/cutover", SslMode.Require)]
    [InlineData("postgres://cutover:pw@db.internal/cutover?sslmode=verify-full", SslMode.VerifyFull)]
    [InlineData("postgres://cutover:pw@localhost/cutover?sslmode=require", SslMode.Require)]
    public void Convert_HostAndQuery_ChooseSslMode(string url, SslMode expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(HerokuDatabaseUrl.ToNpgsqlConnectionString(url)).SslMode);

    [Fact]
    public void Convert_NoPort_DefaultsTo5432() =>
        Assert.Equal(5432, new NpgsqlConnectionStringBuilder(HerokuDatabaseUrl.ToNpgsqlConnectionString("postgres://u:p@db.internal/app")).Port);

    [Theory]
    [InlineData("not a url")]
    [InlineData("mysql://u:hunter2@db.internal/app")]
    [InlineData("postgres://u:hunter2@db.internal/")]
    [InlineData("postgres://u:hunter2@db.internal/a/b")]
    [InlineData("postgres://:hunter2@db.internal/app")]
    [InlineData("postgres://u:hunter2@db.internal/app?sslmode=sometimes")]
    public void Convert_MalformedUrl_NamesDatabaseUrlWithoutThePassword(string url)
    {
        var error = Assert.Throws<FormatException>(() => HerokuDatabaseUrl.ToNpgsqlConnectionString(url));

        Assert.Contains("DATABASE_URL", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public void Describe_PostgresSettings_ShowsHostButNoCredentials()
    {
        var settings = DatabaseSettings.Resolve("postgres://cutover:hunter2@db.internal:5432/app", "unused.db");

        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.Equal("PostgreSQL at db.internal:5432/app", settings.Describe());
        Assert.DoesNotContain("hunter2", settings.ToString());
    }

    [Fact]
    public void Resolve_NoUrl_UsesTheSqliteFile()
    {
        var settings = DatabaseSettings.Resolve(" ", "state/cutover.db");

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.EndsWith(Path.Combine("state", "cutover.db"), settings.Describe());
    }
}
