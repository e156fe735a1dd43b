using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cutover.Infrastructure.Migrations.Sqlite
{
    /// <summary>
    /// Stores each run's target app, named once when the run is planned. Runs stored before then get the default
    /// suffix (<c>-ps</c>), the name every step derived for them unless <c>Planning:TargetAppSuffix</c> was changed.
    /// </summary>
    public partial class RunTargetApp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TargetApp",
                table: "runs",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");
            migrationBuilder.Sql("UPDATE runs SET \"TargetApp\" = \"SourceApp\" || '-ps' WHERE \"TargetApp\" = ''");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TargetApp",
                table: "runs");
        }
    }
}
