using Cutover.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cutover.Infrastructure.Migrations.Postgres
{
    /// <summary>Qualifies stored requesters and approvers by their run's platform (see <see cref="QualifiedUserIds"/>).</summary>
    public partial class QualifyUserIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QualifiedUserIds.Runs);
            migrationBuilder.Sql(QualifiedUserIds.Approvals);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The platform stays: ids written since the upgrade have no bare form to return to.
        }
    }
}
