# syntax=docker/dockerfile:1
# The Soundport server in a container: built from source with Maven, run on a JRE 17 as a non-root user, with a
# read-only root filesystem in mind (write only to the /data and /tmp volumes).
#   docker build -t soundport .
#   docker run --read-only -v soundport-data:/data --tmpfs /tmp -p 8080:8080 soundport
# deploy/compose.yaml runs it with PostgreSQL 17.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# the Maven repository is a build cache, not a layer
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -DskipTests package -pl bootstrap -am

FROM eclipse-temurin:17-jre-noble
# curl for HEALTHCHECK (and the ECS container health check of deploy/cdk)
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 soundport \
    && useradd --system --uid 10001 --gid soundport --home-dir /data --shell /usr/sbin/nologin soundport \
    && mkdir -p /data \
    && chown soundport:soundport /data
COPY --from=build /src/bootstrap/target/soundport-server.jar /app/soundport-server.jar
# the data directory (embedded PostgreSQL, generated keys, FILE drops, the local mailbox) and the JVM's temporary
# files are the only places the server writes
ENV SOUNDPORT_DATA_DIR=/data \
    PORT=8080
VOLUME ["/data", "/tmp"]
USER soundport:soundport
WORKDIR /data
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/health/readiness || exit 1
# the JVM settings of bin/soundport for a small machine, sized to the container's memory; JDK_JAVA_OPTIONS adds more
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=75", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xss512k", "-jar", "/app/soundport-server.jar"]
