<#import "/_common.ftl" as c>
<@c.banner/>
apiVersion: v1
kind: Service
metadata:
  name: ${service.name}
  namespace: default
  labels:
    app: ${service.app}
spec:
  type: ${service.type}
  selector:
    app: ${service.app}
  ports:
    - name: http
      protocol: TCP
      port: ${service.port}
      targetPort: ${service.targetPort}
