// Integration tests run Payload in-process; it must not try to reach Next's dev websocket.
process.env.DISABLE_PAYLOAD_HMR = 'true'
