{{/* Chart name, or nameOverride. */}}
{{- define "ai-resume-processor.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Prefix of every object name: fullnameOverride, or <release>-<chart> (just <release> when it contains the chart name). */}}
{{- define "ai-resume-processor.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "ai-resume-processor.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Standard labels of every object. */}}
{{- define "ai-resume-processor.labels" -}}
app.kubernetes.io/name: {{ include "ai-resume-processor.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: ai-resume-processor
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* Selector labels of one component (selectors are immutable: name, instance, component only).
     Call with (dict "root" $ "component" "api"). */}}
{{- define "ai-resume-processor.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ai-resume-processor.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* Labels of one component's objects and pods. Call with (dict "root" $ "component" "api"). */}}
{{- define "ai-resume-processor.componentLabels" -}}
{{ include "ai-resume-processor.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* The application image. */}}
{{- define "ai-resume-processor.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/* Name of the Secret with the credentials: existingSecret, or the chart-made one. */}}
{{- define "ai-resume-processor.credentialsSecretName" -}}
{{- if .Values.credentials.existingSecret -}}
{{- .Values.credentials.existingSecret -}}
{{- else -}}
{{- printf "%s-credentials" (include "ai-resume-processor.fullname" .) -}}
{{- end -}}
{{- end -}}

{{- define "ai-resume-processor.settingsConfigMapName" -}}
{{- printf "%s-settings" (include "ai-resume-processor.fullname" .) -}}
{{- end -}}

{{- define "ai-resume-processor.operatorServiceAccountName" -}}
{{- default (printf "%s-operator" (include "ai-resume-processor.fullname" .)) .Values.operator.serviceAccount.name -}}
{{- end -}}

{{- define "ai-resume-processor.operatorLeaseName" -}}
{{- default (printf "%s-operator" (include "ai-resume-processor.fullname" .)) .Values.operator.leaseName -}}
{{- end -}}

{{/* Cluster-scoped names carry the namespace: the same release name may exist in two namespaces. */}}
{{- define "ai-resume-processor.operatorClusterRoleName" -}}
{{- printf "%s-%s-operator" .Release.Namespace (include "ai-resume-processor.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "ai-resume-processor.devRedisHost" -}}
{{- printf "%s-redis" (include "ai-resume-processor.fullname" .) -}}
{{- end -}}

{{- define "ai-resume-processor.devPostgresqlHost" -}}
{{- printf "%s-postgresql" (include "ai-resume-processor.fullname" .) -}}
{{- end -}}

{{/* The PostgreSQL URL of the chart-made Secret. */}}
{{- define "ai-resume-processor.dbUrl" -}}
{{- if .Values.devPostgresql.enabled -}}
{{- with .Values.devPostgresql -}}
{{- printf "postgresql+psycopg://%s:%s@%s:5432/%s" (.user | urlquery) (.password | urlquery) (include "ai-resume-processor.devPostgresqlHost" $) .database -}}
{{- end -}}
{{- else -}}
{{- .Values.credentials.dbUrl -}}
{{- end -}}
{{- end -}}

{{/* The Redis URL of the chart-made Secret. */}}
{{- define "ai-resume-processor.redisUrl" -}}
{{- if .Values.devRedis.enabled -}}
{{- printf "redis://%s:6379/0" (include "ai-resume-processor.devRedisHost" .) -}}
{{- else -}}
{{- .Values.credentials.redisUrl -}}
{{- end -}}
{{- end -}}

{{/* Fail early on combinations that cannot work. */}}
{{- define "ai-resume-processor.validate" -}}
{{- if and .Values.credentials.existingSecret (or .Values.devPostgresql.enabled .Values.devRedis.enabled) -}}
{{- fail "devPostgresql/devRedis put their URLs in the chart-made Secret: unset credentials.existingSecret or turn them off" -}}
{{- end -}}
{{- if le (int .Values.worker.terminationGracePeriodSeconds) (int .Values.settings.taskTimeLimitSeconds) -}}
{{- fail "worker.terminationGracePeriodSeconds must exceed settings.taskTimeLimitSeconds, or a rollout kills running tasks" -}}
{{- end -}}
{{- end -}}

{{/* Whether the migration Job is a hook (never with the bundled dev PostgreSQL: it would not exist yet). */}}
{{- define "ai-resume-processor.migrationsAreHooks" -}}
{{- if and .Values.migrations.useHelmHooks (not .Values.devPostgresql.enabled) -}}true{{- end -}}
{{- end -}}

{{/* Restricted pod security context (Pod Security Standard "restricted"). */}}
{{- define "ai-resume-processor.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.securityContext.runAsUser }}
runAsGroup: {{ .Values.securityContext.runAsGroup }}
fsGroup: {{ .Values.securityContext.fsGroup }}
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Restricted container security context. */}}
{{- define "ai-resume-processor.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.securityContext.runAsUser }}
runAsGroup: {{ .Values.securityContext.runAsGroup }}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Pod-template annotations that roll pods when settings or chart-made credentials change,
     plus the optional Prometheus scrape annotations. Call with (dict "root" $ "port" 8000 "extra" .podAnnotations). */}}
{{- define "ai-resume-processor.podAnnotations" -}}
{{- $root := .root -}}
checksum/settings: {{ include (print $root.Template.BasePath "/config/settings-configmap.yaml") $root | sha256sum }}
{{- if not $root.Values.credentials.existingSecret }}
checksum/credentials: {{ include (print $root.Template.BasePath "/config/credentials-secret.yaml") $root | sha256sum }}
{{- end }}
{{- if and .port $root.Values.metrics.scrapeAnnotations }}
prometheus.io/scrape: "true"
prometheus.io/port: {{ .port | quote }}
prometheus.io/path: /metrics
{{- end }}
{{- with .extra }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Environment of every application container: settings from the ConfigMap, credentials from the Secret. */}}
{{- define "ai-resume-processor.envFrom" -}}
- configMapRef:
    name: {{ include "ai-resume-processor.settingsConfigMapName" . }}
{{- end -}}

{{- define "ai-resume-processor.credentialsEnv" -}}
{{- $secret := include "ai-resume-processor.credentialsSecretName" . -}}
{{- $keys := .Values.credentials.keys -}}
- name: DB_URL
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: {{ $keys.dbUrl }}}
- name: REDIS_URL
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: {{ $keys.redisUrl }}}
- name: AWS_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: {{ $keys.awsAccessKeyId }}, optional: true}
- name: AWS_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: {{ $keys.awsSecretAccessKey }}, optional: true}
- name: GEMINI_API_KEY
  valueFrom:
    secretKeyRef: {name: {{ $secret }}, key: {{ $keys.geminiApiKey }}, optional: true}
{{- end -}}

{{/* Volumes every application pod has: /tmp (metrics files, beat schedule) and local storage. */}}
{{- define "ai-resume-processor.volumes" -}}
- name: tmp
  emptyDir: {}
{{- if eq .Values.settings.storageBackend "local" }}
- name: storage
{{- if .Values.localStorage.existingClaim }}
  persistentVolumeClaim:
    claimName: {{ .Values.localStorage.existingClaim }}
{{- else if .Values.localStorage.persistence.enabled }}
  persistentVolumeClaim:
    claimName: {{ include "ai-resume-processor.fullname" . }}-storage
{{- else }}
  emptyDir: {}
{{- end }}
{{- end }}
{{- end -}}

{{- define "ai-resume-processor.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
{{- if eq .Values.settings.storageBackend "local" }}
- name: storage
  mountPath: {{ .Values.localStorage.mountPath }}
{{- end }}
{{- end -}}

{{/* Scheduling fields of a pod spec. Call with the component's values. */}}
{{- define "ai-resume-processor.scheduling" -}}
{{- with .nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "ai-resume-processor.imagePullSecrets" -}}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
{{- range . }}
  - name: {{ . }}
{{- end }}
{{- end }}
{{- end -}}
