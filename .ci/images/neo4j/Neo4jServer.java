import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/** The server's main class, as the Community distribution's launcher would run it. */
public final class Neo4jServer {
    public static void main(String[] args) {
        int status = NeoBootstrapper.start(new CommunityBootstrapper(), args);
        if (status != 0) {
            System.exit(status);
        }
    }
}
