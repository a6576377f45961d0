/**
 * When the organisation asks new chats for a proof of work: the challenge and a number whose
 * SHA-256 with it starts with the asked zero bits (about a second of the browser's time);
 * otherwise nothing to send. `busy` is called while it works (the start button says so).
 */
export function solvedChallenge(base, organisation, busy) {
    return fetch(base + 'api/public/organisations/' + encodeURIComponent(organisation) + '/challenge')
        .then(response => (response.status === 204 ? null : response.json()))
        .then(asked => {
            if (!asked) { return {}; }
            busy(true);
            const encoder = new TextEncoder();
            function tryFrom(proof) {
                const batch = [];
                for (let i = 0; i < 256; i++) {
                    batch.push(crypto.subtle.digest('SHA-256', encoder.encode(asked.challenge + ':' + (proof + i))));
                }
                return Promise.all(batch).then(hashes => {
                    for (let j = 0; j < hashes.length; j++) {
                        if (leadingZeroBits(new Uint8Array(hashes[j])) >= asked.bits) {
                            busy(false);
                            return {challenge: asked.challenge, proof: String(proof + j)};
                        }
                    }
                    return tryFrom(proof + 256);
                });
            }
            return tryFrom(0);
        });
}

function leadingZeroBits(bytes) {
    let zeros = 0;
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 0) { zeros += 8; continue; }
        return zeros + Math.clz32(bytes[i]) - 24;
    }
    return zeros;
}
