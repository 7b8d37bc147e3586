using Npgsql;

namespace Wiredesk.Storage.Postgres.Tests;

public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("postgres://wire@db.example:5433/news", true)]
    [InlineData("postgresql://wire@db.example/news", true)]
    [InlineData("Host=127.0.0.1;Port=5432;Username=postgres;Database=news", true)]
    [InlineData("server=db.example;database=news", true)]
    [InlineData("wiredesk.db", false)]
    [InlineData("data/news=2025.db", false)]
    [InlineData("/var/lib/wiredesk/store.db", false)]
    public void Only_uris_and_keyword_strings_with_a_host_name_a_database(string db, bool expected)
    {
        Assert.Equal(expected, PostgresConnectionString.Names(db));
    }

    [Fact]
    public void A_uri_gives_host_port_user_password_database_and_options()
    {
        var builder = PostgresConnectionString.Parse("postgres://news%20desk:s%3Acret@db.example:5433/wire%2Dnews?sslmode=require&application_name=wiredesk");

        Assert.Equal(("db.example", 5433, "news desk", "s:cret", "wire-news"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.Equal("wiredesk", builder.ApplicationName);
    }

    [Fact]
    public void A_uri_without_port_or_password_keeps_the_defaults()
    {
        var builder = PostgresConnectionString.Parse("postgresql://wire@[::1]/news");

        Assert.Equal(("::1", 5432, "wire", null, "news"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Fact]
    public void An_unsupported_uri_parameter_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => PostgresConnectionString.Parse("postgres://wire@db.example/news?target_session_attrs=any"));

        Assert.Contains("'target_session_attrs'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_description_names_the_database_without_its_password()
    {
        var description = PostgresConnectionString.Describe(PostgresConnectionString.Parse("Host=db.example;Port=5433;Username=wire;Password=hunter2;Database=news"));

        Assert.Equal("postgres://wire@db.example:5433/news", description);
    }
}
