package org.openhall.kiosk.scan;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * The camera's picture on a screen, and the reader behind it. When attached it starts the browser's
 * camera ({@code getUserMedia}, through {@code executeJs}: no frontend build needed), shows the video,
 * and sends a JPEG of the current frame to the server at most {@code openhall.kiosk.scanner.camera-fps}
 * times a second, never a second frame before the first is answered. Found codes go to
 * {@link CodeScans}. The camera stops when the view is detached or leaves the page.
 */
public class CameraView extends Div {

    /**
     * Runs with {@code this} the view's element. Frames are taken only while the element is in the page;
     * once it is not, the loop stops the camera itself, because a detached element no longer receives
     * server calls.
     */
    static final String START = """
            const el = this, fps = $0, width = $1, height = $2;
            if (el.__ohCamera) { return; }
            const state = { stopped: false, busy: false, timer: null, stream: null };
            el.__ohCamera = state;
            const stop = () => {
              state.stopped = true;
              if (state.timer) { clearInterval(state.timer); }
              if (state.stream) { state.stream.getTracks().forEach(t => t.stop()); }
              delete el.__ohCamera;
            };
            el.__ohCameraStop = stop;
            const video = document.createElement('video');
            video.muted = true; video.autoplay = true; video.setAttribute('playsinline', '');
            video.style.width = '100%'; video.style.height = '100%'; video.style.objectFit = 'cover';
            el.appendChild(video);
            const canvas = document.createElement('canvas');
            if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
              el.$server.cameraFailed('NoMediaDevices'); stop(); return;
            }
            navigator.mediaDevices.getUserMedia({ audio: false,
                video: { facingMode: 'environment', width: { ideal: width }, height: { ideal: height } } })
              .then(stream => {
                state.stream = stream;
                if (state.stopped) { stop(); return; }
                video.srcObject = stream;
                el.$server.cameraStarted();
                state.timer = setInterval(() => {
                  if (!el.isConnected) { stop(); return; }
                  if (state.busy || video.readyState < 2 || !video.videoWidth) { return; }
                  canvas.width = video.videoWidth; canvas.height = video.videoHeight;
                  canvas.getContext('2d').drawImage(video, 0, 0);
                  const url = canvas.toDataURL('image/jpeg', 0.85);
                  state.busy = true;
                  const done = () => { state.busy = false; };
                  const answer = el.$server.frame(url.substring(url.indexOf(',') + 1));
                  if (answer && answer.then) { answer.then(done, done); } else { done(); }
                }, Math.max(67, Math.floor(1000 / fps)));
              })
              .catch(e => { el.$server.cameraFailed(String((e && e.name) || e)); stop(); });
            """;

    static final String STOP = "if (this.__ohCameraStop) { this.__ohCameraStop(); }";

    private final CameraScanner scanner;
    private CameraScanner.Session session;

    CameraView(CameraScanner scanner) {
        this.scanner = scanner;
        this.session = scanner.new Session();
        addClassName("camera-view");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        session = scanner.new Session();
        var settings = scanner.properties();
        getElement().executeJs(START, settings.cameraFps(), settings.cameraWidth(), settings.cameraHeight());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // usually discarded with the element; the browser-side loop also stops by itself
        getElement().executeJs(STOP);
        super.onDetach(event);
    }

    /** A frame from the browser: a base64 JPEG without the data-URL prefix. */
    @ClientCallable
    void frame(String base64Jpeg) {
        session.frame(base64Jpeg);
    }

    @ClientCallable
    void cameraStarted() {
        scanner.cameraStarted();
    }

    @ClientCallable
    void cameraFailed(String reason) {
        scanner.cameraFailed(reason.length() > 100 ? reason.substring(0, 100) : reason);
    }
}
